import { postPaneError, subscribePaneErrors } from './paneErrors';

describe('pane errors', () => {
  it('delivers posted messages to subscribers until they unsubscribe', () => {
    const target = new EventTarget();
    const seen: string[] = [];
    const unsubscribe = subscribePaneErrors(target, (m) => seen.push(m));
    postPaneError(target, '重新着色失败：工作表被保护');
    unsubscribe();
    postPaneError(target, '不应收到');
    expect(seen).toEqual(['重新着色失败：工作表被保护']);
  });
});

describe('pane errors posted before the pane subscribes', () => {
  it('are kept and delivered, once, to the first subscriber', () => {
    const target = new EventTarget();
    postPaneError(target, '重新着色失败：未保存台账设置');
    const first: string[] = [];
    const second: string[] = [];
    subscribePaneErrors(target, (m) => first.push(m));
    subscribePaneErrors(target, (m) => second.push(m));
    expect(first).toEqual(['重新着色失败：未保存台账设置']);
    expect(second).toEqual([]);
  });
});
