import { errorMessage } from './errorMessage';

describe('errorMessage', () => {
  it('is the message of an error, or of anything with one, else the thing as text', () => {
    expect(errorMessage(new Error('ENOENT: no such file'))).toBe('ENOENT: no such file');
    expect(errorMessage({ message: '来自另一个 realm' })).toBe('来自另一个 realm');
    expect(errorMessage('boom')).toBe('boom');
    expect(errorMessage(null)).toBe('null');
    expect(errorMessage({ message: 42 })).toBe('[object Object]');
  });
});
