import { Module } from '@nestjs/common';
import { BadgesModule } from '../badges/badges.module.js';
import { SigningModule } from '../signing/signing.module.js';
import { AttendanceSyncService } from './attendance-sync.service.js';
import { AttendanceController } from './attendance.controller.js';
import { AttendanceService } from './attendance.service.js';
import { AttendanceViewsService } from './attendance-views.service.js';
import { DoorStaffService } from './door-staff.service.js';

@Module({
  imports: [SigningModule, BadgesModule],
  controllers: [AttendanceController],
  providers: [AttendanceService, AttendanceSyncService, DoorStaffService, AttendanceViewsService],
  exports: [AttendanceService],
})
export class AttendanceModule {}
