import { Module } from '@nestjs/common';
import { BadgesModule } from '../badges/badges.module.js';
import { ParticipantsModule } from '../participants/participants.module.js';
import { SigningModule } from '../signing/signing.module.js';
import { AttendanceSyncService } from './attendance-sync.service.js';
import { AttendanceController } from './attendance.controller.js';
import { AttendanceService } from './attendance.service.js';
import { AttendanceExportService } from './attendance-export.service.js';
import { AttendanceViewsService } from './attendance-views.service.js';
import { DoorStaffService } from './door-staff.service.js';
import { SelfCheckInService } from './self-check-in.service.js';
import { WalkInsService } from './walk-ins.service.js';

@Module({
  imports: [SigningModule, BadgesModule, ParticipantsModule],
  controllers: [AttendanceController],
  providers: [
    AttendanceService,
    AttendanceSyncService,
    DoorStaffService,
    AttendanceViewsService,
    SelfCheckInService,
    WalkInsService,
    AttendanceExportService,
  ],
  exports: [AttendanceService, AttendanceExportService],
})
export class AttendanceModule {}
