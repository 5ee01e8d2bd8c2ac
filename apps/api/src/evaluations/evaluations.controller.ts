import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  type PipeTransform,
  Post,
  Put,
} from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  EVALUATION_KINDS,
  evaluationFormSchema,
  evaluationInputSchema,
  evaluationInvitationsResultSchema,
  type EvaluationKind,
  evaluationResponseInputSchema,
  evaluationResultsSchema,
  evaluationSchema,
  evaluationsSchema,
  type Language,
  myEvaluationResultSchema,
  myEvaluationsSchema,
  questionBankSchema,
} from '@multaqa/contract';
import type { z } from 'zod';
import { Public, Roles, SignedIn } from '../common/auth/access.decorators.js';
import { CurrentUser, type SessionUser } from '../common/auth/current-user.js';
import { notFound } from '../common/errors/domain.exception.js';
import { RequestLanguage } from '../common/i18n/request-language.js';
import { IdParam, ZodBody, ZodResponse } from '../common/validation/decorators.js';
import { EvaluationLinksService } from './evaluation-links.service.js';
import { EvaluationResultsService } from './evaluation-results.service.js';
import { EvaluationSetupService } from './evaluation-setup.service.js';
import { EvaluationTakingService } from './evaluation-taking.service.js';
import { QuestionBankService } from './question-bank.service.js';

type ResponseInput = z.output<typeof evaluationResponseInputSchema>;

/** An unknown kind names no evaluation: 404, like an unknown id. */
class KindPipe implements PipeTransform<string, EvaluationKind> {
  transform(value: string): EvaluationKind {
    if (!(EVALUATION_KINDS as readonly string[]).includes(value)) throw notFound('evaluation');
    return value as EvaluationKind;
  }
}

const KindParam = (): ParameterDecorator => (target, key, index) => {
  Param('kind', new KindPipe())(target, key, index);
  const method = Object.getOwnPropertyDescriptor(target, key!)!;
  ApiParam({ name: 'kind', schema: { type: 'string', enum: [...EVALUATION_KINDS] } })(
    target,
    key!,
    method,
  );
};

@ApiTags('evaluations')
@Controller('training-packages/:packageId/questions')
export class QuestionBankController {
  constructor(private readonly bank: QuestionBankService) {}

  @ApiOperation({ summary: "A training package version's question bank, in order." })
  @Get()
  @Roles('admin', 'coordinator', 'trainer')
  @ZodResponse(200, questionBankSchema)
  get(@IdParam('training_package', 'packageId') id: string, @CurrentUser() user: SessionUser) {
    return this.bank.get(id, user);
  }

  @ApiOperation({
    summary: "Replace a draft version's question bank (409 package_not_draft once published).",
  })
  @Put()
  @Roles('admin', 'coordinator')
  @ZodResponse(200, questionBankSchema)
  put(
    @IdParam('training_package', 'packageId') id: string,
    @ZodBody(questionBankSchema) body: z.output<typeof questionBankSchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.bank.put(id, body, user);
  }
}

@ApiTags('evaluations')
@Controller('events/:eventId/evaluations')
@Roles('admin', 'coordinator')
export class EventEvaluationsController {
  constructor(
    private readonly setup: EvaluationSetupService,
    private readonly links: EvaluationLinksService,
    private readonly resultsService: EvaluationResultsService,
  ) {}

  @ApiOperation({ summary: "The event's pre-test, post-test and survey, with answer counts." })
  @Get()
  @ZodResponse(200, evaluationsSchema)
  list(@IdParam('event', 'eventId') eventId: string, @CurrentUser() user: SessionUser) {
    return this.setup.list(eventId, user);
  }

  @ApiOperation({
    summary:
      "Each approved participant's test scores and gain, the cohort's means, and the survey per item and subject.",
  })
  @Get('results')
  @ZodResponse(200, evaluationResultsSchema)
  results(
    @IdParam('event', 'eventId') eventId: string,
    @CurrentUser() user: SessionUser,
    @RequestLanguage() language: Language,
  ) {
    return this.resultsService.results(eventId, user, language);
  }

  @ApiOperation({
    summary:
      'Set up the pre-test, post-test or survey; once answered only the window may change (409 evaluation_answered).',
  })
  @Put(':kind')
  @ZodResponse(200, evaluationSchema)
  put(
    @IdParam('event', 'eventId') eventId: string,
    @KindParam() kind: EvaluationKind,
    @ZodBody(evaluationInputSchema) body: z.output<typeof evaluationInputSchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.setup.put(eventId, kind, body, user);
  }

  @ApiOperation({ summary: 'Remove an evaluation nobody has answered yet.' })
  @Delete(':kind')
  @HttpCode(204)
  @ZodResponse(204)
  remove(
    @IdParam('event', 'eventId') eventId: string,
    @KindParam() kind: EvaluationKind,
    @CurrentUser() user: SessionUser,
  ) {
    return this.setup.remove(eventId, kind, user);
  }

  @ApiOperation({
    summary:
      'Email a personal link to every approved participant who has not answered yet (a new link replaces the old one).',
  })
  @Post(':kind/invitations')
  @HttpCode(200)
  @ZodResponse(200, evaluationInvitationsResultSchema)
  invite(
    @IdParam('event', 'eventId') eventId: string,
    @KindParam() kind: EvaluationKind,
    @CurrentUser() user: SessionUser,
  ) {
    return this.links.invite(eventId, kind, user);
  }
}

@ApiTags('me')
@Controller('me/evaluations')
@SignedIn()
export class MyEvaluationsController {
  constructor(private readonly taking: EvaluationTakingService) {}

  @ApiOperation({ summary: "The signed-in participant's evaluations and their results." })
  @Get()
  @ZodResponse(200, myEvaluationsSchema)
  list(@CurrentUser() user: SessionUser) {
    return this.taking.mine(user);
  }

  @ApiOperation({ summary: 'An evaluation to answer (no correct answers in it).' })
  @Get(':evaluationId')
  @ZodResponse(200, evaluationFormSchema)
  async form(
    @IdParam('evaluation', 'evaluationId') evaluationId: string,
    @CurrentUser() user: SessionUser,
    @RequestLanguage() language: Language,
  ) {
    return this.taking.form(await this.taking.ownTaker(user, evaluationId), language);
  }

  @ApiOperation({ summary: 'Answer an evaluation, once; a test is scored at once.' })
  @Post(':evaluationId/responses')
  @ZodResponse(201, myEvaluationResultSchema)
  async respond(
    @IdParam('evaluation', 'evaluationId') evaluationId: string,
    @ZodBody(evaluationResponseInputSchema) body: ResponseInput,
    @CurrentUser() user: SessionUser,
  ) {
    return this.taking.submit(await this.taking.ownTaker(user, evaluationId), body, 'portal');
  }
}

/** A personal link from an invitation email: the token stands for one registration. */
@ApiTags('public')
@Controller('public/evaluations/:token')
@Public()
export class PublicEvaluationsController {
  constructor(
    private readonly links: EvaluationLinksService,
    private readonly taking: EvaluationTakingService,
  ) {}

  @ApiOperation({ summary: 'The evaluation a personal link opens.' })
  @Get()
  @ApiParam({ name: 'token', schema: { type: 'string' } })
  @ZodResponse(200, evaluationFormSchema)
  async form(@Param('token') token: string, @RequestLanguage() language: Language) {
    return this.taking.form(await this.links.taker(token), language);
  }

  @ApiOperation({ summary: 'Answer through a personal link, once.' })
  @Post('responses')
  @ApiParam({ name: 'token', schema: { type: 'string' } })
  @ZodResponse(201, myEvaluationResultSchema)
  async respond(
    @Param('token') token: string,
    @ZodBody(evaluationResponseInputSchema) body: ResponseInput,
  ) {
    return this.taking.submit(await this.links.taker(token), body, 'link');
  }
}
