/** Form field names cannot contain dots (react-hook-form reads them as paths). */
export function formFieldName(questionId: string): string {
  return questionId.replace('.', '__');
}
