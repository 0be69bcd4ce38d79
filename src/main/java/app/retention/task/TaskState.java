package app.retention.task;

public enum TaskState { RUNNING, SUCCEEDED, FAILED, CANCELLED }
