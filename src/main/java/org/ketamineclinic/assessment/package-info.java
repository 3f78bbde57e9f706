/**
 * Measurement-based care: questionnaires (PHQ-9, GAD-7, C-SSRS screener) patients answer from a one-time link or in
 * clinic, the MADRS clinicians rate, their scores, and the safety escalation a worrying answer sets off at once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package org.ketamineclinic.assessment;
