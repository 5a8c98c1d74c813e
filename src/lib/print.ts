/** Opens the browser's print dialog (where "Save as PDF" lives too). */
export function printPage(): void {
  window.print();
}
