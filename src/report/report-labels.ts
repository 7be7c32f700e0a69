import { type SectionLabels, sectionLabels } from '../rubric/section-labels.js';
import type { Report } from '../score/report.js';

/** What a report calls the rubric's sections: the rubric's own noun, "ingredient" when it names none. */
export function reportLabels(report: Pick<Report, 'labels'>): SectionLabels {
  return sectionLabels({ labels: report.labels });
}
