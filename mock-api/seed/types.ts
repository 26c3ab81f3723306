// Record shapes of the seed collections, as json-server stores them. Type aliases rather than
// interfaces, so records are assignable to Record<string, unknown> (the rule functions' input).
import type { Indicator, IndicatorValue } from "./indicators";
import type { DemoUser } from "./users";

export type BranchType = "clinical" | "medtech" | "functional" | "retired" | "joint";
export type CommitteeRole = "secretary" | "deputy" | "organization" | "publicity" | "discipline";
export type MemberStage = "applicant" | "activist" | "candidate" | "probationary" | "full";
export type Gender = "male" | "female";
export type Education = "doctorate" | "master" | "bachelor" | "college" | "secondary";
export type ProfessionalTitle = "senior" | "associate_senior" | "intermediate" | "junior" | "none";
export type PartyStatus = "normal" | "retained" | "suspended" | "restored";
export type DuesCategory = "employed" | "retired" | "flat";
export type PairingStatus = "planned" | "active" | "concluded";
export type TaskStatus = "open" | "in_progress" | "done";
export type CommitmentStatus =
  | "draft"
  | "published"
  | "in_progress"
  | "fulfilled"
  | "overdue"
  | "rectifying"
  | "closed";
export type CommitmentCategory = "efficiency" | "quality" | "convenience" | "communication" | "other";

export type CommitteeSeat = {
  memberId: number;
  role: CommitteeRole;
};

export type Branch = {
  id: number;
  name: string;
  type: BranchType;
  parentOrg: string;
  establishedDate: string;
  secretaryId: number;
  committee: CommitteeSeat[];
  termStart: string;
  termEnd: string;
  version: number;
};

/** Stage dates are present only for the stages the member has reached. */
export type Member = {
  id: number;
  name: string;
  gender: Gender;
  ethnicity: string;
  birthDate: string;
  idNumber: string;
  phone: string;
  education: Education;
  department: string;
  jobTitle: string;
  professionalTitle: ProfessionalTitle;
  branchId: number;
  stage: MemberStage;
  applicationDate?: string;
  activistDate?: string;
  candidateDate?: string;
  admissionDate?: string;
  fullMemberDate?: string;
  probationExtensionMonths: number;
  partyStatus: PartyStatus;
  lostContact: boolean;
  floating: boolean;
  duesCategory: DuesCategory;
  duesBase: number;
  /** Set when a transfer out of the hospital was received. */
  transferredOutDate?: string;
  version: number;
};

export type Pairing = {
  id: number;
  initiatorBranchId: number;
  partnerBranchIds: number[];
  title: string;
  goals: string;
  startDate: string;
  endDate: string;
  status: PairingStatus;
  version: number;
};

/** 活动联办 */
export type PairingActivity = {
  id: number;
  pairingId: number;
  date: string;
  theme: string;
  participantIds: number[];
  summary: string;
  version: number;
};

/** 业务联动: a problem the clinical side raised, owned by the functional side. */
export type PairingTask = {
  id: number;
  pairingId: number;
  problem: string;
  ownerId: number;
  dueDate: string;
  result?: string;
  status: TaskStatus;
  version: number;
};

/** 队伍联育 */
export type PairingTraining = {
  id: number;
  pairingId: number;
  title: string;
  kind: "training" | "exchange";
  date: string;
  participantIds: number[];
  version: number;
};

export type ProgressNote = {
  date: string;
  note: string;
};

export type Commitment = {
  id: number;
  branchId: number;
  memberId: number | null;
  targetBranchId: number;
  content: string;
  category: CommitmentCategory;
  target: string;
  deadline: string;
  public: boolean;
  status: CommitmentStatus;
  progress: ProgressNote[];
  rating?: number;
  ratingComment?: string;
  rectificationPlan?: string;
  version: number;
};

// 医联体
export type Institution = {
  id: number;
  name: string;
  kind: "county_hospital" | "city_hospital" | "township_centre" | "community_centre" | "village_clinic";
  level: "level1" | "level2" | "level3" | "ungraded";
  isLead: boolean;
  address: string;
  partyOrgName: string;
  partySecretary: string;
  contactName: string;
  contactPhone: string;
  version: number;
};

export type ConsortiumAgreement = {
  id: number;
  title: string;
  /** The lead hospital's branch, or null for its Party committee. */
  branchId: number | null;
  institutionIds: number[];
  headings: string[];
  goals: string;
  signedDate: string;
  startDate: string;
  endDate: string;
  status: "draft" | "active" | "ended";
  documentUrl: string;
  version: number;
};

export type OutreachPosting = {
  id: number;
  memberId?: number;
  staffName?: string;
  department: string;
  branchId: number;
  institutionId: number;
  role: "fixed_physician" | "rotating_expert" | "management_support";
  startDate: string;
  endDate: string;
  daysPerWeek: number;
  version: number;
};

export type OutreachActivity = {
  id: number;
  title: string;
  kind: "free_clinic" | "training" | "ward_round" | "teaching_operation";
  date: string;
  agreementId: number | null;
  institutionId: number;
  branchId: number;
  place: string;
  staffIds: number[];
  peopleServed: number;
  status: "planned" | "held";
  report: string;
  /** One link per line. */
  photoLinks: string;
  version: number;
};

// Organizational life
export type MeetingKind =
  | "general_meeting"
  | "committee_meeting"
  | "group_meeting"
  | "party_lecture"
  | "themed_day"
  | "life_meeting"
  | "appraisal"
  | "heart_talk";
export type AttendanceStatus = "present" | "leave_personal" | "leave_business" | "leave_sick" | "absent" | "excluded";

export type Attendance = {
  memberId: number;
  status: AttendanceStatus;
  reason?: string;
  voting: boolean;
  written?: boolean;
};

export type Resolution = { title: string; yes: number; no: number; abstain: number };
export type Attachment = { kind: "notice" | "minutes" | "resolution" | "sign_in" | "photo"; title: string; url: string };

export type Meeting = {
  id: number;
  branchId: number;
  kind: MeetingKind;
  title: string;
  status: "planned" | "held" | "cancelled";
  date: string;
  time: string;
  place: string;
  chairId: number | null;
  recorderId: number | null;
  lecturerId: number | null;
  agenda: string;
  attendance: Attendance[];
  observers: string[];
  minutes: string;
  resolutions: Resolution[];
  attachments: Attachment[];
  cancelReason: string | null;
  version: number;
};

export type Appraisal = {
  id: number;
  year: number;
  branchId: number;
  memberId: number;
  grade: "excellent" | "qualified" | "basically_qualified" | "unqualified" | null;
  selfAssessment: string;
  followUpAction: "rectify" | "persuade_withdraw" | "remove" | null;
  followUpDeadline: string | null;
  followUpOutcome: string | null;
  version: number;
};

// Education and the culture board
export type CourseKind = "online_video" | "online_document" | "live_lecture" | "offline_training" | "branch_lecture";
export type CourseAudience = "all" | "leaders" | "probationary" | "activists";
export type ArticleCategory = "news" | "notice" | "model" | "culture" | "policy";
export type ArticleStatus = "draft" | "published" | "archived";

export type Course = {
  id: number;
  title: string;
  kind: CourseKind;
  durationMinutes: number;
  hours: number;
  audience: CourseAudience;
  required: boolean;
  link: string | null;
  description: string;
  openFrom: string;
  openTo: string | null;
  version: number;
};

export type StudyRecord = {
  id: number;
  memberId: number;
  courseId: number | null;
  trainingName: string | null;
  date: string;
  hours: number;
  source: "online" | "offline" | "imported";
  centralized: boolean;
  evidenceLink: string | null;
  version: number;
};

export type Article = {
  id: number;
  title: string;
  category: ArticleCategory;
  status: ArticleStatus;
  publishDate: string | null;
  pinned: boolean;
  branchId: number | null;
  coverImage: string | null;
  body: string;
  studyHours: number | null;
  version: number;
};

export type SeedDb = {
  branches: Branch[];
  members: Member[];
  pairings: Pairing[];
  "pairing-activities": PairingActivity[];
  "pairing-tasks": PairingTask[];
  "pairing-trainings": PairingTraining[];
  commitments: Commitment[];
  institutions: Institution[];
  "consortium-agreements": ConsortiumAgreement[];
  "outreach-postings": OutreachPosting[];
  "outreach-activities": OutreachActivity[];
  "consortium-overview": Record<string, unknown>[];
  meetings: Meeting[];
  appraisals: Appraisal[];
  courses: Course[];
  "study-records": StudyRecord[];
  articles: Article[];
  "resource-settings": Record<string, unknown>[];
  "audit-logs": Record<string, unknown>[];
  accounts: DemoUser[];
  "dues-bases": DuesBase[];
  "dues-payments": DuesPayment[];
  transfers: Transfer[];
  "assessment-plans": Record<string, unknown>[];
  "assessment-tasks": Record<string, unknown>[];
  "assessment-results": Record<string, unknown>[];
  workbench: Record<string, unknown>[];
  indicators: Indicator[];
  "indicator-values": IndicatorValue[];
};

export type SeedOptions = {
  /** Faker seed; the same options always give the same data. */
  seed?: number;
  /** "YYYY-MM-DD"; every date is placed relative to it. */
  today?: string;
  /** Total number of members (default 1500). */
  members?: number;
};

// Party dues and membership transfers
export type DuesBase = {
  id: number;
  memberId: number;
  year: number;
  fromMonth: number;
  category: DuesCategory;
  postSalary?: number;
  gradeSalary?: number;
  basicPerformance?: number;
  allowances?: number;
  rewardPerformance?: number;
  incomeTax?: number;
  basicPension?: number;
  version: number;
};

export type DuesPayment = {
  id: number;
  memberId: number;
  branchId: number;
  paidDate: string;
  amount: number;
  fromMonth: string;
  months: number;
  method: "cash" | "bank_transfer" | "wechat" | "alipay";
  notes?: string;
  version: number;
};

export type TransferKind = "between" | "out" | "in";
export type TransferStatus = "issued" | "received" | "rejected" | "withdrawn";

export type Transfer = {
  id: number;
  serialNo: string;
  kind: TransferKind;
  memberId: number;
  memberName: string;
  gender: Gender;
  age: number;
  ethnicity: string;
  membership: "full" | "probationary";
  idNumber: string;
  fromBranchId?: number;
  fromOrganization?: string;
  toBranchId?: number;
  toOrganization?: string;
  addressee: string;
  issueDate: string;
  validityDays: number;
  duesPaidThrough: string;
  status: TransferStatus;
  receiptDate?: string;
  handler?: string;
  rejectionReason?: string;
  memberPhone: string;
  senderAddress: string;
  senderPhone: string;
  senderPostcode: string;
  version: number;
};
