export { registerAccount } from "./accounts";
export { failureStats, markLoginSucceeded, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP, openLoginAttempt } from "./login-attempts";
export { changePasswordHash, findUserByEmail, insertUser, normalizeEmail, setUserLocale } from "./users";
export { LOGIN_ATTEMPT_RETENTION_DAYS, ONE_TIME_TOKEN_RETENTION_DAYS, purgeExpiredRecords } from "./retention";
