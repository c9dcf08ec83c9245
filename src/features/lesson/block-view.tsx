import type { Block } from '../../content/schema';
import { RichText } from '../../components/rich-text';
import { AssessmentBlock } from '../assessment/assessment-block';
import { QuizBlock } from '../quiz/quiz-block';
import { RoadmapBlock } from '../roadmap/roadmap-block';
import { ActionPlanBlock } from './blocks/action-plan-block';
import { CalloutBlock } from './blocks/callout-block';
import { CaseBlock } from './blocks/case-block';
import { ChecklistBlock } from './blocks/checklist-block';
import { ExerciseBlock } from './blocks/exercise-block';
import { FiguresBlock } from './blocks/figures-block';
import { ImageBlock } from './blocks/image-block';
import { ReflectionBlock } from './blocks/reflection-block';
import { ResourcesBlock } from './blocks/resources-block';

/** One authored block, by type. Adding a block type means a schema entry and a case here. */
export function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'text':
      return (
        <div className="block block-text">
          <RichText blocks={block.body} />
        </div>
      );
    case 'image':
      return <ImageBlock block={block} />;
    case 'callout':
      return <CalloutBlock block={block} />;
    case 'figures':
      return <FiguresBlock block={block} />;
    case 'quiz':
      return <QuizBlock block={block} />;
    case 'reflection':
      return <ReflectionBlock block={block} />;
    case 'exercise':
      return <ExerciseBlock block={block} />;
    case 'action-plan':
      return <ActionPlanBlock block={block} />;
    case 'checklist':
      return <ChecklistBlock block={block} />;
    case 'case':
      return <CaseBlock block={block} />;
    case 'resources':
      return <ResourcesBlock block={block} />;
    case 'roadmap':
      return <RoadmapBlock block={block} />;
    case 'assessment':
      return <AssessmentBlock block={block} />;
  }
}
