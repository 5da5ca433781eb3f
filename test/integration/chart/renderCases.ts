/** Extra differential cases over the purpose-written charts (test/fixtures/charts/written): flags and values edge cases. */
export const renderCases: { name: string; args: string[] }[] = [];
