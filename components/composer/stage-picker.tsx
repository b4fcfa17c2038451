/** The reader's funnel stage, changeable in one click: the contact's for a reply, the draft's for a post. */
import type { Stage } from '@/lib/analysis/schemas';
import type { StageView } from '@/lib/content/stage';
import { STAGE_LABELS, STAGE_ORDER } from './labels';

export interface StagePickerProps {
  stage?: StageView;
  onPick: (stage: Stage) => void;
}

/** Who the stage belongs to, in words. */
export function stageCaption(stage: StageView): string {
  switch (stage.source) {
    case 'contact':
      return `${stage.who} is at`;
    case 'segment':
      return `Audience “${stage.who}” is at`;
    case 'draft':
      return 'Readers of this post are at';
    case 'inferred':
      return `${stage.who ?? 'The reader'}: inferred from the post (mentions ${stage.inferredFrom ?? 'it'}); pick to correct`;
    default:
      return stage.target === 'contact' && stage.who ? `${stage.who}: stage not set, assuming` : 'Audience stage not set, assuming';
  }
}

export function StagePicker({ stage, onPick }: StagePickerProps) {
  if (!stage) return null;
  return (
    <div className="pw-stage" data-testid="postwise-stage" data-stage={stage.shown} data-source={stage.source}>
      <span className="pw-stage-caption">{stageCaption(stage)}</span>
      <div className="pw-stages" role="group" aria-label="Reader’s funnel stage">
        {STAGE_ORDER.map((s) => (
          <button
            key={s}
            type="button"
            className="pw-chip"
            data-testid={`postwise-stage-${s}`}
            aria-pressed={s === stage.shown}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onPick(s)}
          >
            {STAGE_LABELS[s]}
          </button>
        ))}
      </div>
    </div>
  );
}
