import { AttendanceRecordEntity } from '../attendance/entities/attendance-record.entity.js';
import { AttendanceSubmissionEntity } from '../attendance/entities/attendance-submission.entity.js';
import { EventDoorStaffEntity } from '../attendance/entities/event-door-staff.entity.js';
import { BadgeEntity } from '../badges/badge.entity.js';
import { SigningKeyEntity } from '../signing/signing-key.entity.js';
import { CertificateAssetEntity } from '../certificates/entities/certificate-asset.entity.js';
import { CertificateSerialCounterEntity } from '../certificates/entities/certificate-serial-counter.entity.js';
import { CertificateTemplateEntity } from '../certificates/entities/certificate-template.entity.js';
import { CertificateEntity } from '../certificates/entities/certificate.entity.js';
import { EventCertificateRuleEntity } from '../certificates/entities/event-certificate-rule.entity.js';
import { AuditEntryEntity } from '../audit/audit-entry.entity.js';
import { AuthSessionEntity } from '../auth/auth-session.entity.js';
import { RateLimitCounterEntity } from '../common/rate-limit/rate-limit-counter.entity.js';
import { EventStatusChangeEntity } from '../events/entities/event-status-change.entity.js';
import { EventEntity } from '../events/entities/event.entity.js';
import { InstitutionEntity } from '../institutions/institution.entity.js';
import { JobEntity } from '../jobs/job.entity.js';
import { EmailMessageEntity } from '../notifications/email-message.entity.js';
import { ParticipantMergeEntity } from '../participants/participant-merge.entity.js';
import { ParticipantEntity } from '../participants/participant.entity.js';
import { RegistrationConfirmationEntity } from '../registrations/entities/registration-confirmation.entity.js';
import { RegistrationSubmissionEntity } from '../registrations/entities/registration-submission.entity.js';
import { InvitationCodeEntity } from '../registrations/entities/invitation-code.entity.js';
import { RegistrationQuotaEntity } from '../registrations/entities/registration-quota.entity.js';
import { RegistrationSettingsEntity } from '../registrations/entities/registration-settings.entity.js';
import { RegistrationEntity } from '../registrations/entities/registration.entity.js';
import { UserTokenEntity } from '../users/user-token.entity.js';
import { EventSessionEntity } from '../sessions/entities/event-session.entity.js';
import { SessionSpeakerEntity } from '../sessions/entities/session-speaker.entity.js';
import { PackageModuleEntity } from '../training-packages/entities/package-module.entity.js';
import { TrainingPackageEntity } from '../training-packages/entities/training-package.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { PackageQuestionEntity } from '../evaluations/entities/package-question.entity.js';
import { EvaluationEntity } from '../evaluations/entities/evaluation.entity.js';
import { EvaluationResponseEntity } from '../evaluations/entities/evaluation-response.entity.js';
import { SurveyRatingEntity } from '../evaluations/entities/survey-rating.entity.js';
import { EvaluationLinkEntity } from '../evaluations/entities/evaluation-link.entity.js';

/** Listed by hand (not globbed) so the same list works from src under jest and from dist. */
export const entities = [
  UserEntity,
  AuthSessionEntity,
  TrainingPackageEntity,
  PackageModuleEntity,
  InstitutionEntity,
  EventEntity,
  EventStatusChangeEntity,
  EventSessionEntity,
  SessionSpeakerEntity,
  UserTokenEntity,
  ParticipantEntity,
  ParticipantMergeEntity,
  RegistrationSettingsEntity,
  RegistrationQuotaEntity,
  InvitationCodeEntity,
  RegistrationEntity,
  RegistrationConfirmationEntity,
  RegistrationSubmissionEntity,
  EmailMessageEntity,
  AuditEntryEntity,
  JobEntity,
  RateLimitCounterEntity,
  SigningKeyEntity,
  BadgeEntity,
  EventDoorStaffEntity,
  AttendanceRecordEntity,
  AttendanceSubmissionEntity,
  CertificateAssetEntity,
  CertificateTemplateEntity,
  EventCertificateRuleEntity,
  CertificateSerialCounterEntity,
  CertificateEntity,
  PackageQuestionEntity,
  EvaluationEntity,
  EvaluationResponseEntity,
  SurveyRatingEntity,
  EvaluationLinkEntity,
];
