package app.retention.data;

/** The file formats the workbench imports. */
public enum SourceFormat { CSV, XLSX, ARFF }
