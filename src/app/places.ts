/**
 * Where things are, as every host names them to the user: a column's letters (I, AA) and a
 * problem's place (「督办台账」!E7, 第 3 行, 设置 …). The domain's own wording, shared by the pane
 * and the command line.
 */
export { columnLetters } from '../core/cells';
export { problemPlace } from '../core/problems';
