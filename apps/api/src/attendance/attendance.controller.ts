import { Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  attendanceConflictsSchema,
  attendanceExportQuerySchema,
  attendanceRatesSchema,
  attendanceSessionsSchema,
  attendanceRecordSchema,
  attendanceSyncResultSchema,
  myScheduleSchema,
  attendanceSyncSchema,
  doorStaffInputSchema,
  doorStaffSchema,
  markAllPresentResultSchema,
  markAttendanceResultSchema,
  markAttendanceSchema,
  rosterEntrySchema,
  rosterQuerySchema,
  rosterSchema,
  scannerKitSchema,
  selfCheckInCodeSchema,
  selfCheckInSchema,
  walkInSchema,
  type Language,
} from '@multaqa/contract';
import { z } from 'zod';
import { Roles, SignedIn } from '../common/auth/access.decorators.js';
import { RequestLanguage } from '../common/i18n/request-language.js';
import { OwnRateLimit } from '../common/rate-limit/rate-limit.decorators.js';
import { CurrentUser, type SessionUser } from '../common/auth/current-user.js';
import { IdParam, ZodBody, ZodQuery, ZodResponse } from '../common/validation/decorators.js';
import { AttendanceSyncService } from './attendance-sync.service.js';
import { AttendanceService } from './attendance.service.js';
import { AttendanceExportService } from './attendance-export.service.js';
import { AttendanceViewsService } from './attendance-views.service.js';
import { DoorStaffService } from './door-staff.service.js';
import { SelfCheckInService } from './self-check-in.service.js';
import { WalkInsService } from './walk-ins.service.js';
import { renderTablePdf } from '../documents/index.js';
import { download, PDF_TYPE, XLSX_TYPE } from '../common/http/download.js';

/** Trainers reach only the sessions they speak at; the access layer says which (404 otherwise). */
const TAKERS = ['admin', 'coordinator', 'trainer'] as const;

@ApiTags('attendance')
@Controller()
export class AttendanceController {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly syncing: AttendanceSyncService,
    private readonly doorStaff: DoorStaffService,
    private readonly views: AttendanceViewsService,
    private readonly selfCheckIn: SelfCheckInService,
    private readonly walkIns: WalkInsService,
    private readonly exports: AttendanceExportService,
  ) {}

  @ApiOperation({
    summary: "A session's sign-in sheet or the participant × session matrix (XLSX or PDF).",
  })
  @Get('events/:eventId/attendance/export')
  @Roles(...TAKERS)
  @ApiProduces(XLSX_TYPE, PDF_TYPE)
  @ZodResponse(200)
  async export(
    @IdParam('event', 'eventId') eventId: string,
    @ZodQuery(attendanceExportQuerySchema) query: z.output<typeof attendanceExportQuerySchema>,
    @CurrentUser() user: SessionUser,
    @RequestLanguage() requestLanguage: Language,
  ) {
    // One table for both formats, so the PDF and the spreadsheet never say different things.
    const table = await this.exports.tableFor(eventId, user, {
      sheet: query.sheet,
      sessionId: query.sessionId,
      language: query.lang ?? requestLanguage,
    });
    const file = `attendance-${query.sheet}.${query.format}`;
    return query.format === 'pdf'
      ? download(await renderTablePdf(table), PDF_TYPE, file)
      : download(await this.exports.xlsx(table), XLSX_TYPE, file);
  }

  @ApiOperation({ summary: 'The rotating self check-in code a trainer projects for a session.' })
  @Get('events/:eventId/sessions/:sessionId/self-check-in')
  @Roles(...TAKERS)
  @ZodResponse(200, selfCheckInCodeSchema)
  checkInCode(
    @IdParam('event', 'eventId') eventId: string,
    @IdParam('session', 'sessionId') sessionId: string,
    @CurrentUser() user: SessionUser,
  ) {
    return this.selfCheckIn.code(eventId, sessionId, user);
  }

  @ApiOperation({ summary: 'Check oneself in to a session with the projected code.' })
  @Post('me/check-ins')
  @SignedIn()
  // Wrong codes are counted per person in the service, not every attempt per address.
  @OwnRateLimit()
  @ZodResponse(201, attendanceRecordSchema)
  checkIn(
    @ZodBody(selfCheckInSchema) body: z.output<typeof selfCheckInSchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.selfCheckIn.checkIn(body, user);
  }

  @ApiOperation({
    summary: 'Register a walk-in at the door (approved), optionally present at a session.',
  })
  @Post('events/:eventId/walk-ins')
  @Roles(...TAKERS)
  @ZodResponse(201, rosterEntrySchema)
  walkIn(
    @IdParam('event', 'eventId') eventId: string,
    @ZodBody(walkInSchema) body: z.output<typeof walkInSchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.walkIns.register(eventId, body, user);
  }

  @ApiOperation({ summary: 'Attendance rates per participant, per session and for the event.' })
  @Get('events/:eventId/attendance/rates')
  @Roles(...TAKERS)
  @ZodResponse(200, attendanceRatesSchema)
  rates(@IdParam('event', 'eventId') eventId: string, @CurrentUser() user: SessionUser) {
    return this.views.rates(eventId, user);
  }

  @ApiOperation({ summary: 'Synced records that conflicted or were refused, newest first.' })
  @Get('events/:eventId/attendance/conflicts')
  @Roles(...TAKERS)
  @ZodResponse(200, attendanceConflictsSchema)
  conflicts(@IdParam('event', 'eventId') eventId: string, @CurrentUser() user: SessionUser) {
    return this.views.conflicts(eventId, user);
  }

  @ApiOperation({ summary: 'The sessions the caller may take attendance for.' })
  @Get('me/attendance-sessions')
  @SignedIn()
  @ZodResponse(200, attendanceSessionsSchema)
  takerSessions(@CurrentUser() user: SessionUser) {
    return this.views.takerSessions(user);
  }

  @ApiOperation({
    summary: "The caller's sessions in their approved events, with their attendance.",
  })
  @Get('me/schedule')
  @SignedIn()
  @ZodResponse(200, myScheduleSchema)
  mySchedule(@CurrentUser() user: SessionUser) {
    return this.views.mySchedule(user);
  }

  @ApiOperation({ summary: "A session's roster: everyone expected, with their attendance." })
  @Get('events/:eventId/sessions/:sessionId/roster')
  @Roles(...TAKERS)
  @ZodResponse(200, rosterSchema)
  roster(
    @IdParam('event', 'eventId') eventId: string,
    @IdParam('session', 'sessionId') sessionId: string,
    @ZodQuery(rosterQuerySchema) query: z.output<typeof rosterQuerySchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.attendance.roster(eventId, sessionId, user, query.q);
  }

  @ApiOperation({
    summary: 'Mark people on the roster (idempotent); answers their records and the counts.',
  })
  @Put('events/:eventId/sessions/:sessionId/attendance')
  @Roles(...TAKERS)
  @ZodResponse(200, markAttendanceResultSchema)
  mark(
    @IdParam('event', 'eventId') eventId: string,
    @IdParam('session', 'sessionId') sessionId: string,
    @ZodBody(markAttendanceSchema) body: z.output<typeof markAttendanceSchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.attendance.mark(eventId, sessionId, body, user);
  }

  @ApiOperation({ summary: 'Mark everyone not marked yet as present.' })
  @Post('events/:eventId/sessions/:sessionId/attendance/mark-all-present')
  @HttpCode(200)
  @Roles(...TAKERS)
  @ZodResponse(200, markAllPresentResultSchema)
  markAllPresent(
    @IdParam('event', 'eventId') eventId: string,
    @IdParam('session', 'sessionId') sessionId: string,
    @CurrentUser() user: SessionUser,
  ) {
    return this.attendance.markAllPresent(eventId, sessionId, user);
  }

  @ApiOperation({ summary: 'What a scanner keeps to check badges offline for a session.' })
  @Get('events/:eventId/sessions/:sessionId/scanner-kit')
  @Roles(...TAKERS, 'door_staff')
  @ZodResponse(200, scannerKitSchema)
  scannerKit(
    @IdParam('event', 'eventId') eventId: string,
    @IdParam('session', 'sessionId') sessionId: string,
    @CurrentUser() user: SessionUser,
  ) {
    return this.attendance.scannerKit(eventId, sessionId, user);
  }

  @ApiOperation({ summary: "Sync a scanner's queued records; each clientId is stored once." })
  @Post('attendance/sync')
  @HttpCode(200)
  @Roles(...TAKERS, 'door_staff')
  @ZodResponse(200, attendanceSyncResultSchema)
  sync(
    @ZodBody(attendanceSyncSchema) body: z.output<typeof attendanceSyncSchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.syncing.sync(body, user);
  }

  @ApiOperation({ summary: "The event's door staff." })
  @Get('events/:eventId/door-staff')
  @Roles('admin', 'coordinator')
  @ZodResponse(200, doorStaffSchema)
  listDoorStaff(@IdParam('event', 'eventId') eventId: string, @CurrentUser() user: SessionUser) {
    return this.doorStaff.list(eventId, user);
  }

  @ApiOperation({ summary: "Replace the event's door staff." })
  @Put('events/:eventId/door-staff')
  @Roles('admin', 'coordinator')
  @ZodResponse(200, doorStaffSchema)
  replaceDoorStaff(
    @IdParam('event', 'eventId') eventId: string,
    @ZodBody(doorStaffInputSchema) body: z.output<typeof doorStaffInputSchema>,
    @CurrentUser() user: SessionUser,
  ) {
    return this.doorStaff.replace(eventId, body.userIds, user);
  }
}
