export { authenticateToken, createApiToken, listApiTokens, revokeApiToken } from "./api-tokens";
export { onboardingStatus, type OnboardingStatus } from "./onboarding";
export { createOrganizationWithOwner, membershipsOfUser } from "./organizations";
export { acceptInvitation, changeRole, createInvitation, listMembers, listPendingInvitations, previewInvitation, removeMember, revokeInvitation } from "./team";
