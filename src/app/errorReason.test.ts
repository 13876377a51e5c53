import { errorReason } from './errorReason';

describe('errorReason', () => {
  it('gives the message of an Error, of an Office error that is not one, and the text of anything else', () => {
    expect(errorReason(new Error('工作表被保护'))).toBe('工作表被保护');
    expect(errorReason({ code: 'AccessDenied', message: 'The cell is protected.' })).toBe('The cell is protected.');
    expect(errorReason('网络中断')).toBe('网络中断');
    expect(errorReason({ message: 42 })).toBe('[object Object]');
    expect(errorReason(undefined)).toBe('undefined');
  });
});
