import type { Event, EventSummary } from '@multaqa/contract';
import { toInstitutionRef } from '../institutions/institutions.service.js';
import type { PackageModuleEntity } from '../training-packages/entities/package-module.entity.js';
import type { EventStatusChangeEntity } from './entities/event-status-change.entity.js';
import type { EventEntity } from './entities/event.entity.js';

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

export function toEventSummaryDto(event: EventEntity, sessionCount: number): EventSummary {
  return {
    id: event.id,
    kind: event.kind,
    status: event.status,
    title: event.title,
    city: event.city,
    countryCode: event.countryCode,
    timeZone: event.timeZone,
    startDate: event.startDate,
    endDate: event.endDate,
    mode: event.mode,
    capacity: event.capacity,
    sessionCount,
  };
}

export interface EventDetails {
  event: EventEntity;
  sessions: { moduleId: string | null; minutes: number }[];
  modules: PackageModuleEntity[];
  history: EventStatusChangeEntity[];
}

export function toEventDto({ event, sessions, modules, history }: EventDetails): Event {
  const scheduledByModule = new Map<string, number>();
  for (const s of sessions) {
    if (s.moduleId)
      scheduledByModule.set(s.moduleId, (scheduledByModule.get(s.moduleId) ?? 0) + s.minutes);
  }
  const ordered = [...modules].sort((a, b) => a.position - b.position);
  return {
    ...toEventSummaryDto(event, sessions.length),
    description: event.description,
    venue: event.venue,
    languages: event.languages,
    registrationOpensAt: event.registrationOpensAt?.toISOString() ?? null,
    registrationClosesAt: event.registrationClosesAt?.toISOString() ?? null,
    package: event.package
      ? {
          id: event.package.id,
          title: event.package.title,
          version: event.package.version,
          totalHours: ordered.reduce((sum, m) => sum + m.hours, 0),
        }
      : null,
    partners: (event.partners ?? []).map(toInstitutionRef),
    coordinators: (event.coordinators ?? []).map((u) => ({ id: u.id, fullName: u.fullName })),
    coverage: ordered.map((m) => ({
      moduleId: m.id,
      title: m.title,
      requiredHours: m.hours,
      scheduledHours: hours(scheduledByModule.get(m.id) ?? 0),
    })),
    scheduledHours: hours(sessions.reduce((sum, s) => sum + s.minutes, 0)),
    history: history.map((h) => ({
      from: h.fromStatus,
      to: h.toStatus,
      at: h.changedAt.toISOString(),
      by: h.changedBy ? { id: h.changedBy.id, fullName: h.changedBy.fullName } : null,
      reason: h.reason,
    })),
    copiedFromId: event.copiedFromId,
    lateCountsAs: event.lateCountsAs,
    lateAfterMinutes: event.lateAfterMinutes,
    createdAt: event.createdAt.toISOString(),
    updatedAt: event.updatedAt.toISOString(),
  };
}
