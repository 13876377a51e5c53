/** A ribbon command: what an ExecuteFunction button of manifest.xml runs. */
export type CommandHandler = () => Promise<void>;

/** The part of Office's add-in command event a handler must answer. */
export interface CommandEvent {
  completed(): void;
}

/** Office.actions, reduced to what registration needs (a parameter, so tests pass a fake). */
export interface ActionRegistry {
  associate(actionId: string, action: (event: CommandEvent) => void): void;
}

/**
 * Registers each handler under its manifest <FunctionName>. Office waits for
 * event.completed() before it runs the next command, so it is called whether the handler
 * succeeds or fails; a failure goes to onError (which shows it to the user).
 */
export function associateCommands(
  actions: ActionRegistry,
  handlers: Readonly<Record<string, CommandHandler>>,
  onError: (actionId: string, error: unknown) => void,
): void {
  for (const [actionId, handler] of Object.entries(handlers)) {
    actions.associate(actionId, (event) => {
      handler()
        .catch((error: unknown) => onError(actionId, error))
        .finally(() => event.completed());
    });
  }
}
