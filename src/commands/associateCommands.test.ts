import { associateCommands, type ActionRegistry, type CommandEvent } from './associateCommands';

function fakeActions() {
  const registered = new Map<string, (event: CommandEvent) => void>();
  const actions: ActionRegistry = { associate: (id, action) => registered.set(id, action) };
  return { actions, registered };
}

/** Runs a registered action and resolves once it has called event.completed(). */
function run(action: (event: CommandEvent) => void): Promise<number> {
  return new Promise((resolve) => {
    let completions = 0;
    action({
      completed: () => {
        completions++;
        // Let any second completion land before reporting the count.
        setTimeout(() => resolve(completions), 0);
      },
    });
  });
}

describe('associateCommands', () => {
  it('registers every handler under its action id', () => {
    const { actions, registered } = fakeActions();
    associateCommands(actions, { applyColors: async () => {}, issueNotices: async () => {} }, () => {});
    expect([...registered.keys()]).toEqual(['applyColors', 'issueNotices']);
  });

  it('completes the event once after the handler succeeds', async () => {
    const { actions, registered } = fakeActions();
    const calls: string[] = [];
    const errors: string[] = [];
    associateCommands(actions, { applyColors: async () => void calls.push('ran') }, (id) => errors.push(id));
    expect(await run(registered.get('applyColors')!)).toBe(1);
    expect(calls).toEqual(['ran']);
    expect(errors).toEqual([]);
  });

  it('completes the event once and reports the error when the handler fails', async () => {
    const { actions, registered } = fakeActions();
    const errors: Array<[string, unknown]> = [];
    const failure = new Error('工作表被保护');
    associateCommands(actions, { applyColors: () => Promise.reject(failure) }, (id, e) => errors.push([id, e]));
    expect(await run(registered.get('applyColors')!)).toBe(1);
    expect(errors).toEqual([['applyColors', failure]]);
  });
});
