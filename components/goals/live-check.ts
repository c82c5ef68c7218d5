/**
 * The goal form's check in the browser: fetched when the person starts
 * changing the form (goal-form.tsx). Until then the form shows the check the
 * server drew for the values it started with.
 */
export { checkGoalForm, latestWords } from "./goal-check";
export { SmartPanel } from "./smart-panel";
