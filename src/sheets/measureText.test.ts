import { displayText, rowHeightFor, textWidth, widthToFit, wrappedLines } from './measureText';

describe('textWidth', () => {
  it('counts a CJK character (and full-width punctuation) about twice a digit', () => {
    expect(textWidth('类内排名')).toBeCloseTo(8.4);
    expect(textWidth('15')).toBeCloseTo(2.4);
    expect(textWidth('（）、，')).toBeCloseTo(8.4);
    // A character outside the BMP (CJK Extension B) is one character, not two halves.
    expect(textWidth('𠀀')).toBeCloseTo(2.1);
  });

  it('grows with the font size and in bold', () => {
    expect(textWidth('督办', { fontSize: 22 })).toBeCloseTo(8.4);
    expect(textWidth('督办', { bold: true })).toBeCloseTo(4.41);
  });
});

describe('widthToFit', () => {
  it('fits the longest line, with padding', () => {
    expect(widthToFit('类内\n排名')).toBeCloseTo(5.9);
    expect(widthToFit('15（暂计）')).toBeCloseTo(12.5);
  });
});

describe('wrappedLines', () => {
  it('breaks CJK text between any two characters', () => {
    // 18 characters, 37.8 units, in 26.3 units of room: 12 a line.
    expect(wrappedLines('并列超出第一等次名额，均未进第一等次', 28)).toBe(2);
    expect(wrappedLines('并列超出第一等次名额，均未进第一等次', 40)).toBe(1);
  });

  it('keeps a run of Latin letters or digits whole unless it is longer than a line', () => {
    // 'DB2020-025' is 12 units: it moves to the next line rather than split.
    expect(wrappedLines('同一事项DB2020-025', 14)).toBe(2);
    expect(wrappedLines('x'.repeat(30), 10.7)).toBe(4);
  });

  it('counts written line breaks, and an empty text as one line', () => {
    expect(wrappedLines('类内\n排名', 20)).toBe(2);
    expect(wrappedLines('', 10)).toBe(1);
  });
});

describe('rowHeightFor', () => {
  it('gives each line 1.45 times the font size, plus 4 points', () => {
    expect(rowHeightFor(1)).toBe(20);
    expect(rowHeightFor(2, { fontSize: 9 })).toBe(31);
    expect(rowHeightFor(3, { fontSize: 12 })).toBe(57);
    // Excel's tallest row is 409 points.
    expect(rowHeightFor(1000)).toBe(409);
  });
});

describe('displayText', () => {
  it('shows numbers as the sheets format them', () => {
    expect(displayText(0.6667, '0.0%')).toBe('66.7%');
    expect(displayText(200000, '#,##0')).toBe('200,000');
    expect(displayText(-3, '+0;-0;0')).toBe('-3');
    expect(displayText(3, '+0;-0;0')).toBe('+3');
    expect(displayText(43952, 'yyyy-mm-dd')).toHaveLength(10);
    expect(displayText(-16)).toBe('-16');
    expect(displayText(null)).toBe('');
    expect(displayText('15（暂计）')).toBe('15（暂计）');
  });
});
