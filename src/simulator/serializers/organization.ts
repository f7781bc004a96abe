// Organization and project details: the fields of Sentry's OpenAPI 200 schemas, with the values an
// ordinary organization on a plan with Discover has. Only id, slug, name, platform and links vary.
import { iso } from "../http.js";
import type { SimOrg, SimProject } from "../world.js";

const AVATAR = { avatarType: "letter_avatar", avatarUuid: null, avatarUrl: null };

export function serializeOrganization(org: SimOrg, baseUrl: string) {
  return {
    id: org.id,
    slug: org.slug,
    status: { id: "active", name: "active" },
    name: org.name,
    dateCreated: iso(org.dateCreated),
    isEarlyAdopter: false,
    require2FA: false,
    avatar: AVATAR,
    // A self-hosted Sentry has no region split: both are its own URL.
    links: { organizationUrl: baseUrl, regionUrl: org.regionUrl ?? baseUrl },
    hasAuthProvider: false,
    allowMemberInvite: true,
    allowMemberProjectCreation: true,
    allowSuperuserAccess: false,
    features: ["discover-basic", "global-views", "advanced-search", "event-attachments"],
    extraOptions: {},
    access: ["org:read", "project:read", "event:read", "team:read", "member:read"],
    onboardingTasks: [],
  };
}

/** The fields a project summary (the organization's project list) and a project's detail share. */
function projectBase(project: SimProject, org: SimOrg, latestRelease: string | null) {
  const team = { id: "1", name: org.name, slug: org.slug };
  return {
    id: project.id,
    slug: project.slug,
    name: project.name,
    platform: project.platform,
    dateCreated: iso(project.dateCreated),
    isBookmarked: false,
    isMember: true,
    features: ["releases", "minidump", "similarity-indexing"],
    firstEvent: iso(project.dateCreated),
    firstTransactionEvent: false,
    access: ["project:read", "event:read"],
    hasAccess: true,
    hasFeedbacks: false,
    hasFlags: false,
    hasMinifiedStackTrace: false,
    hasMonitors: false,
    hasNewFeedbacks: false,
    hasProfiles: false,
    hasReplays: false,
    hasSessions: false,
    hasInsightsHttp: false,
    hasInsightsDb: false,
    hasInsightsAssets: false,
    hasInsightsAppStart: false,
    hasInsightsScreenLoad: false,
    hasInsightsVitals: false,
    hasInsightsCaches: false,
    hasInsightsQueues: false,
    hasInsightsAgentMonitoring: false,
    hasInsightsMCP: false,
    hasLogs: false,
    hasTraceMetrics: false,
    team,
    teams: [team],
    latestRelease: latestRelease === null ? null : { version: latestRelease },
    platforms: project.platform === null ? [] : [project.platform],
  };
}

/** ProjectSummarySerializer, as the organization's project list gives it. */
export function serializeProjectSummary(
  project: SimProject,
  org: SimOrg,
  latestRelease: string | null,
  environments: readonly string[],
) {
  return { ...projectBase(project, org, latestRelease), hasUserReports: false, environments };
}

export function serializeProject(
  project: SimProject,
  org: SimOrg,
  baseUrl: string,
  latestRelease: string | null,
) {
  return {
    ...projectBase(project, org, latestRelease),
    isInternal: false,
    isPublic: false,
    avatar: AVATAR,
    color: "#3f70bf",
    status: "active",
    options: {},
    digestsMinDelay: 300,
    digestsMaxDelay: 1800,
    subjectPrefix: "",
    allowedDomains: ["*"],
    resolveAge: 0,
    dataScrubber: true,
    dataScrubberDefaults: true,
    safeFields: [],
    storeCrashReports: null,
    sensitiveFields: [],
    subjectTemplate: "$shortID - $title",
    securityToken: "0".repeat(32),
    securityTokenHeader: null,
    verifySSL: false,
    scrubIPAddresses: false,
    scrapeJavaScript: true,
    enableAutoReleaseCreation: true,
    highlightTags: ["handled", "level"],
    highlightContext: {},
    highlightPreset: { tags: ["handled", "level"], context: {} },
    groupingConfig: "newstyle:2023-01-11",
    derivedGroupingEnhancements: "",
    groupingEnhancements: "",
    secondaryGroupingExpiry: 0,
    secondaryGroupingConfig: null,
    fingerprintingRules: "",
    organization: serializeOrganization(org, baseUrl),
    processingIssues: 0,
    defaultEnvironment: null,
    relayPiiConfig: null,
    builtinSymbolSources: [],
    dynamicSamplingBiases: null,
    symbolSources: "[]",
    isDynamicallySampled: false,
    tempestFetchScreenshots: false,
    autofixAutomationTuning: "off",
    seerScannerAutomation: false,
    seerNightshiftTweaks: null,
    scmSourceContextEnabled: false,
    debugFilesRole: null,
  };
}
