export { registerAccount } from "./accounts";
export { failureStats, markLoginSucceeded, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP, openLoginAttempt } from "./login-attempts";
export { changePasswordHash, findUserByEmail, insertUser, normalizeEmail, setUserLocale } from "./users";
