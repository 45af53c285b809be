import { Extensions1795824000000 } from './1795824000000-Extensions';
import { ReferenceData1795824000100 } from './1795824000100-ReferenceData';
import { Accounts1795824000200 } from './1795824000200-Accounts';
import { Organizations1795824000300 } from './1795824000300-Organizations';
import { Geo1795824000400 } from './1795824000400-Geo';
import { Suppliers1795824000500 } from './1795824000500-Suppliers';
import { SupplierMerges1795824000600 } from './1795824000600-SupplierMerges';
import { Estates1795824000700 } from './1795824000700-Estates';
import { Buyers1795824000800 } from './1795824000800-Buyers';
import { LatLngRanges1795824001000 } from './1795824001000-LatLngRanges';
import { Matches1795824001100 } from './1795824001100-Matches';
import { Notifications1795824001200 } from './1795824001200-Notifications';
import { CandidateLists1795824001300 } from './1795824001300-CandidateLists';
import { InlinedDistance1795824001400 } from './1795824001400-InlinedDistance';
import { SearchTags1795824001500 } from './1795824001500-SearchTags';
import { HeldCertificates1795824001600 } from './1795824001600-HeldCertificates';
import { InlineSearchVectors1795824001700 } from './1795824001700-InlineSearchVectors';
import { NullSafeChecks1795824001800 } from './1795824001800-NullSafeChecks';
import { AccountGuards1795824001900 } from './1795824001900-AccountGuards';
import { ShopFloorTaxonomy1795824002000 } from './1795824002000-ShopFloorTaxonomy';
import { CertificateHierarchy1795824002100 } from './1795824002100-CertificateHierarchy';
import { ProductTkdn1795824002200 } from './1795824002200-ProductTkdn';
import { PartWeight1795824002300 } from './1795824002300-PartWeight';
import { HolidayCalendar1795824002400 } from './1795824002400-HolidayCalendar';
import { FirmIdentity1795824002500 } from './1795824002500-FirmIdentity';
import { DownstreamSteps1795824002600 } from './1795824002600-DownstreamSteps';
import { MachineEnvelope1795824002700 } from './1795824002700-MachineEnvelope';
import { RebanaLogistics1795824002800 } from './1795824002800-RebanaLogistics';
import { AccountRecovery1795824003000 } from './1795824003000-AccountRecovery';
import { ContactPhones1795824003010 } from './1795824003010-ContactPhones';
import { Documents1795824003100 } from './1795824003100-Documents';
import { MatchRequests1795824003200 } from './1795824003200-MatchRequests';
import { OwnerNotifications1795824003210 } from './1795824003210-OwnerNotifications';
import { VerificationQueue1795824003220 } from './1795824003220-VerificationQueue';
import { BoundedSearch1795824003300 } from './1795824003300-BoundedSearch';
import { WonMatchValue1795824003400 } from './1795824003400-WonMatchValue';
import { CentreServices1795824003500 } from './1795824003500-CentreServices';
import { SharedJobs1795824003600 } from './1795824003600-SharedJobs';

/**
 * Every migration, oldest first. Listed explicitly rather than globbed, so the
 * app, the CLI and Jest load exactly the same classes from TypeScript or dist.
 */
export const MIGRATIONS = [
  Extensions1795824000000,
  ReferenceData1795824000100,
  Accounts1795824000200,
  Organizations1795824000300,
  Geo1795824000400,
  Suppliers1795824000500,
  SupplierMerges1795824000600,
  Estates1795824000700,
  Buyers1795824000800,
  LatLngRanges1795824001000,
  Matches1795824001100,
  Notifications1795824001200,
  CandidateLists1795824001300,
  InlinedDistance1795824001400,
  SearchTags1795824001500,
  HeldCertificates1795824001600,
  InlineSearchVectors1795824001700,
  NullSafeChecks1795824001800,
  AccountGuards1795824001900,
  ShopFloorTaxonomy1795824002000,
  CertificateHierarchy1795824002100,
  ProductTkdn1795824002200,
  PartWeight1795824002300,
  HolidayCalendar1795824002400,
  FirmIdentity1795824002500,
  DownstreamSteps1795824002600,
  MachineEnvelope1795824002700,
  RebanaLogistics1795824002800,
  AccountRecovery1795824003000,
  ContactPhones1795824003010,
  Documents1795824003100,
  MatchRequests1795824003200,
  OwnerNotifications1795824003210,
  VerificationQueue1795824003220,
  BoundedSearch1795824003300,
  WonMatchValue1795824003400,
  CentreServices1795824003500,
  SharedJobs1795824003600,
];
