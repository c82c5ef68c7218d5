export { listNotifications, markRead, setEmailReminders, unreadCount } from "./notifications";
export { reminderPath, reminderSentence, type Translate } from "./reminder-text";
export { runReminders } from "./reminders";
