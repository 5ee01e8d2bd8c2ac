import { Initial1795653879031 } from './1795653879031-Initial.js';
import { EventsAndInstitutions1795654871165 } from './1795654871165-EventsAndInstitutions.js';
import { ParticipantsAndRegistrations1795656455863 } from './1795656455863-ParticipantsAndRegistrations.js';
import { Attendance1796116416830 } from './1796116416830-Attendance.js';
import { AuditLogAndDecisionSnapshot1796103496539 } from './1796103496539-AuditLogAndDecisionSnapshot.js';
import { UploadsAndJobs1796103483871 } from './1796103483871-UploadsAndJobs.js';
import { WebSecurity1796103537227 } from './1796103537227-WebSecurity.js';
import { PublicRegistrationConfirmations1796105933805 } from './1796105933805-PublicRegistrationConfirmations.js';
import { RegistrationSubmissions1796108955618 } from './1796108955618-RegistrationSubmissions.js';
import { SetAsideSubmissions1796116085005 } from './1796116085005-SetAsideSubmissions.js';
import { PublicFormInstitutionAndPlaces1796120000000 } from './1796120000000-PublicFormInstitutionAndPlaces.js';
import { Certificates1796124809038 } from './1796124809038-Certificates.js';
import { Evaluations1796135422040 } from './1796135422040-Evaluations.js';
import { ReportFacts1796135587628 } from './1796135587628-ReportFacts.js';

/** In order. `pnpm migration:generate <Name>` writes a new file; add its class here. */
export const migrations = [
  Initial1795653879031,
  EventsAndInstitutions1795654871165,
  ParticipantsAndRegistrations1795656455863,
  UploadsAndJobs1796103483871,
  AuditLogAndDecisionSnapshot1796103496539,
  WebSecurity1796103537227,
  PublicRegistrationConfirmations1796105933805,
  RegistrationSubmissions1796108955618,
  SetAsideSubmissions1796116085005,
  Attendance1796116416830,
  PublicFormInstitutionAndPlaces1796120000000,
  Certificates1796124809038,
  Evaluations1796135422040,
  ReportFacts1796135587628,
];
