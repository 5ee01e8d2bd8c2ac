import { Module } from '@nestjs/common';
import { TrainingPackagesModule } from '../training-packages/training-packages.module.js';
import {
  EventEvaluationsController,
  MyEvaluationsController,
  PublicEvaluationsController,
  QuestionBankController,
} from './evaluations.controller.js';
import { EvaluationLinksService } from './evaluation-links.service.js';
import { EvaluationResultsService } from './evaluation-results.service.js';
import { EvaluationSetupService } from './evaluation-setup.service.js';
import { EvaluationTakingService } from './evaluation-taking.service.js';
import { QuestionBankService } from './question-bank.service.js';

/**
 * Evaluations (issue 13): each package version's question bank, an event's pre-test,
 * post-test and survey, taking them in the portal or by an emailed link, and the results.
 */
@Module({
  imports: [TrainingPackagesModule],
  controllers: [
    QuestionBankController,
    EventEvaluationsController,
    MyEvaluationsController,
    PublicEvaluationsController,
  ],
  providers: [
    QuestionBankService,
    EvaluationSetupService,
    EvaluationTakingService,
    EvaluationLinksService,
    EvaluationResultsService,
  ],
})
export class EvaluationsModule {}
