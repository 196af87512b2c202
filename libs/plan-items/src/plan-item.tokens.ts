/** The department (PlanItemDepartment) whose plan items a service keeps. */
export const PLAN_ITEM_DEPARTMENT = Symbol('PLAN_ITEM_DEPARTMENT');
