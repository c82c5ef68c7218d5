export { addActionItem, addNote, type MeetingActionItem, meetingActivity, type MeetingActivity, setActionItemDone } from "./review-activity";
export { type AgendaGoal, meetingAgenda } from "./review-agenda";
export { closeMeeting } from "./review-close";
export { decideGoal } from "./review-decisions";
export { meetingMinutes } from "./review-minutes";
export { cancelMeeting, getMeeting, listMeetings, type Meeting, type MeetingSummary, scheduleMeeting, setReviewCadence, startMeeting } from "./reviews";
