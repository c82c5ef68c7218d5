export { ExportQueryError, measurementsCsv, parseExportFilter } from "./csv-export";
export { commitImport, CsvImportError, type ImportPreview, type ImportResult, type ImportStreamLine, previewImport } from "./csv-import";
export { limitBytes, spoolUpload, UploadIncompleteError, UploadTooLargeError } from "./csv-records";
