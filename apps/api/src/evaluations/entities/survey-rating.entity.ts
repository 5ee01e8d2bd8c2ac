import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { EvaluationResponseEntity } from './evaluation-response.entity.js';

/** One Likert rating of a survey response, per item and subject, for per-session and per-trainer results. */
@Entity({ name: 'survey_ratings' })
@Index('survey_ratings_evaluation_item_idx', ['evaluationId', 'itemId'])
export class SurveyRatingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'survey_ratings_pkey' })
  id: string;

  @Column({ name: 'response_id', type: 'uuid' })
  responseId: string;

  @ManyToOne(() => EvaluationResponseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id', foreignKeyConstraintName: 'survey_ratings_response_id_fkey' })
  response?: Relation<EvaluationResponseEntity>;

  @Column({ name: 'evaluation_id', type: 'uuid' })
  evaluationId: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId: string | null;

  @Column({ name: 'trainer_id', type: 'uuid', nullable: true })
  trainerId: string | null;

  @Column({ type: 'smallint' })
  rating: number;
}
