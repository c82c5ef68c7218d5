export { dashboardData, type DashboardGoal } from "./dashboard";
export { goalChartData, type GoalChartData } from "./goal-chart";
export { evaluateGoal } from "./goal-evaluation";
export { goalFormData } from "./goal-form-data";
export { type GoalInsight, goalInsights } from "./goal-insights";
export { changeGoalStatus, createGoal, deleteDraftGoal, type GoalFields, requireSmart, updateGoal, writeRevision } from "./goal-writes";
export { getGoal, type GoalRow, listGoals, listRevisions, type RevisionRow } from "./goals";
export { createObjective, listObjectives, setObjectiveArchived, updateObjective } from "./objectives";
