// The comparison app: the scan's twelve themes as one SurveyJS survey with its default theme.
// Only for `npm run bench`; never shipped. See build.mjs.
import { createRoot } from 'react-dom/client';
import { Model } from 'survey-core';
import 'survey-core/survey-core.css';
import { Survey } from 'survey-react-ui';
import texts from '../../locales/en/questionnaire.json';
import wizard from '../../locales/en/wizard.json';
import { questionnaire } from '../../src/content/questionnaire.ts';
import { surveyJson } from './model.mjs';

const survey = new Model(surveyJson(questionnaire, texts, wizard));

createRoot(document.getElementById('root')).render(<Survey model={survey} />);
