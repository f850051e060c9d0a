/** An error's message, or the thing thrown as text: for warnings and logs. */
export const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error));
