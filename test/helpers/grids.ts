/** What a host reads back from what it drew: the product's own (browser mode draws so). */
export { cellValue, drawOnto } from '../../shared/workbook/drawn-grids';
