// Record shapes of the seed collections, as json-server stores them. Type aliases rather than
// interfaces, so records are assignable to Record<string, unknown> (the rule functions' input).
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
};

/** 队伍联育 */
export type PairingTraining = {
  id: number;
  pairingId: number;
  title: string;
  kind: "training" | "exchange";
  date: string;
  participantIds: number[];
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

export type SeedDb = {
  branches: Branch[];
  members: Member[];
  pairings: Pairing[];
  "pairing-activities": PairingActivity[];
  "pairing-tasks": PairingTask[];
  "pairing-trainings": PairingTraining[];
  commitments: Commitment[];
  "resource-settings": Record<string, unknown>[];
  "audit-logs": Record<string, unknown>[];
  users: DemoUser[];
  "dues-bases": DuesBase[];
  "dues-payments": DuesPayment[];
  transfers: Transfer[];
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
