export { runDoctor, type DoctorOptions } from './run-doctor.js';
export { runDoctorCommand } from './cli.js';
export { formatReport } from './format.js';
export { DOCTOR_SCHEMA, type CheckResult, type CheckSection, type CheckStatus, type DoctorReport, type EnvironmentInfo } from './report.js';
