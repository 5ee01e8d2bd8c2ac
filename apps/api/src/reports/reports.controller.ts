import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  type Language,
  reportDashboardSchema,
  reportEventsPageSchema,
  reportEventsQuerySchema,
  reportFiltersSchema,
  type ReportFilters,
} from '@multaqa/contract';
import type { z } from 'zod';
import { Roles } from '../common/auth/access.decorators.js';
import { CurrentUser, type SessionUser } from '../common/auth/current-user.js';
import { download, PDF_TYPE, XLSX_TYPE } from '../common/http/download.js';
import { RequestLanguage } from '../common/i18n/request-language.js';
import { ZodQuery, ZodResponse } from '../common/validation/decorators.js';
import { ReportsService } from './reports.service.js';
import { renderYearEndPdf } from './year-end-pdf.js';
import { yearEndReport, yearEndWorkbook } from './year-end.js';

/** Coordinators get the figures of the events they coordinate; admins all. */
const READERS = ['admin', 'coordinator'] as const;

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @ApiOperation({ summary: 'Year-end figures: totals and breakdowns, with the summary sentence.' })
  @Get('dashboard')
  @Roles(...READERS)
  @ZodResponse(200, reportDashboardSchema)
  dashboard(
    @ZodQuery(reportFiltersSchema) filters: ReportFilters,
    @CurrentUser() user: SessionUser,
    @RequestLanguage() lang: Language,
  ) {
    return this.reports.dashboard(filters, user, lang);
  }

  @ApiOperation({ summary: 'The held events behind the figures, one row each.' })
  @Get('events')
  @Roles(...READERS)
  @ZodResponse(200, reportEventsPageSchema)
  events(
    @ZodQuery(reportEventsQuerySchema) query: z.output<typeof reportEventsQuerySchema>,
    @CurrentUser() user: SessionUser,
    @RequestLanguage() lang: Language,
  ) {
    return this.reports.events(query, user, lang);
  }

  @ApiOperation({ summary: 'The year-end report as a PDF, in Arabic then in English.' })
  @Get('year-end.pdf')
  @Roles(...READERS)
  @ApiProduces(PDF_TYPE)
  @ZodResponse(200)
  async pdf(
    @ZodQuery(reportFiltersSchema) filters: ReportFilters,
    @CurrentUser() user: SessionUser,
  ) {
    const parts = await Promise.all(
      (['ar', 'en'] as const).map(async (lang) => {
        const { dashboard, events } = await this.reports.yearEnd(filters, user, lang);
        return yearEndReport(dashboard, events, lang);
      }),
    );
    return download(await renderYearEndPdf(parts), PDF_TYPE, 'year-end-report.pdf');
  }

  @ApiOperation({
    summary: 'The year-end report as a spreadsheet: a summary, each breakdown and the events.',
  })
  @Get('year-end.xlsx')
  @Roles(...READERS)
  @ApiProduces(XLSX_TYPE)
  @ZodResponse(200)
  async xlsx(
    @ZodQuery(reportFiltersSchema) filters: ReportFilters,
    @CurrentUser() user: SessionUser,
    @RequestLanguage() lang: Language,
  ) {
    const { dashboard, events } = await this.reports.yearEnd(filters, user, lang);
    const book = await yearEndWorkbook(yearEndReport(dashboard, events, lang));
    return download(book, XLSX_TYPE, 'year-end-report.xlsx');
  }
}
