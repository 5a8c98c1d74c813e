// Turns the app's own questionnaire (src/content/questionnaire.ts) and its English texts
// (locales/en/questionnaire.json, wizard.json) into one SurveyJS survey JSON, so the comparison
// build asks exactly what the scan asks. No text is copied here: it is read at build time.

/** "In the research: {{name}}" with the name filled in, as the wizard shows under a theme's intro. */
const fill = (template, values) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key) => String(values[key] ?? ''));

/**
 * One page per theme, in order; one radio group per statement with the statement's own options
 * (its scale's five, or a choice question's own) plus "Don't know" and "Not applicable", the two
 * answers every statement offers in the app.
 */
export function surveyJson(questionnaire, texts, wizard) {
  const nonScoring = Object.entries(texts.answers).map(([value, text]) => ({ value, text }));
  const themes = questionnaire.areas.flatMap((area) => area.themes);
  return {
    showQuestionNumbers: 'onPage',
    pages: themes.map((theme) => {
      const themeText = texts.themes[theme.id];
      return {
        name: theme.id,
        title: themeText.title,
        description: `${themeText.intro}\n${fill(wizard.researchName, { name: themeText.research })}`,
        elements: theme.questions.map((question) => {
          const [themeId, questionId] = question.id.split('.');
          const text = texts.questions[themeId][questionId];
          const options =
            question.kind === 'scale'
              ? questionnaire.scales[question.scale].map((option) => ({
                  value: option.id,
                  text: texts.scales[question.scale][option.id],
                }))
              : question.options.map((option) => ({
                  value: option.id,
                  text: texts.options[themeId][questionId][option.id],
                }));
          return {
            type: 'radiogroup',
            name: question.id,
            title: text.text,
            description: text.help,
            choices: [...options, ...nonScoring],
          };
        }),
      };
    }),
  };
}
