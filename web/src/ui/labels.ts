/**
 * Words a job seeker reads instead of the server's identifiers: "Work › General Manager › bullet 2" rather than
 * "/work/1/highlights/1", "Action verb" rather than "action_verbs", one line for twenty missing keywords rather
 * than twenty warnings that repeat the "Keywords missing" list.
 */

import type { JsonValue, Resume } from "../types";
import { getPointer, parsePointer } from "./patches";

const FIX_TYPES: Record<string, string> = {
  spelling: "Spelling",
  action_verbs: "Action verb",
  keywords: "Keyword wording",
  dates: "Date format",
  formatting: "Formatting",
};

/** "action_verbs" → "Action verb"; an unknown type → its words, capitalised. */
export function fixTypeLabel(type: string): string {
  const known = FIX_TYPES[type];
  if (known !== undefined) return known;
  const words = type.replace(/[_-]+/g, " ").trim();
  return words === "" ? "" : words[0]!.toUpperCase() + words.slice(1);
}

/** A timing step of the server ("apply:1:spelling+dates", "merge:2", "analyze_after") in words. */
export function stepLabel(step: string): string {
  const apply = /^apply:(\d+):(.+)$/.exec(step);
  if (apply !== null) {
    return `Stage ${apply[1]} fixes: ${apply[2]!.split("+").map((t) => fixTypeLabel(t).toLowerCase()).join(", ")}`;
  }
  const merge = /^merge:(\d+)$/.exec(step);
  if (merge !== null) return `Stage ${merge[1]}: checking and applying`;
  const named: Record<string, string> = {
    analyze: "Analysis",
    analyze_after: "Analysis after the fixes",
    render: "HTML",
    pdf: "PDF",
    total: "Total on the server",
  };
  return named[step] ?? step.replace(/_/g, " ");
}

const SECTIONS: Record<string, string> = {
  basics: "",
  work: "Work",
  volunteer: "Volunteer",
  education: "Education",
  awards: "Awards",
  certificates: "Certificates",
  publications: "Publications",
  skills: "Skills",
  languages: "Languages",
  interests: "Interests",
  references: "References",
  projects: "Projects",
};

const FIELDS: Record<string, string> = {
  summary: "summary",
  label: "headline",
  description: "description",
  highlights: "bullet",
  keywords: "keyword",
  courses: "course",
  roles: "role",
  startDate: "start date",
  endDate: "end date",
  date: "date",
  releaseDate: "date",
  position: "title",
  name: "name",
  studyType: "degree",
  area: "field of study",
  issuer: "issuer",
  url: "link",
  email: "email",
  phone: "phone",
  fluency: "fluency",
  level: "level",
  reference: "reference",
};

/** Fields that hold a list: the whole list is "bullets", one item "bullet 2". */
const LIST_FIELDS = new Set(["highlights", "keywords", "courses", "roles"]);

function str(value: JsonValue | undefined): string {
  return typeof value === "string" ? value.trim() : "";
}

/** The name a reader knows an entry by: "General Manager, Salt & Cedar", "Austin Community College", "Python". */
function entryName(entry: JsonValue | undefined): string {
  if (entry === null || typeof entry !== "object" || Array.isArray(entry)) return "";
  const title = str(entry["position"]) || str(entry["title"]) || str(entry["language"]);
  const org = str(entry["name"]) || str(entry["institution"]) || str(entry["organization"]) || str(entry["company"]);
  if (title !== "" && org !== "" && title !== org) return `${title}, ${org}`;
  return title || org;
}

/**
 * Where a JSON Pointer points, in words: "Summary", "Work › General Manager, Salt & Cedar › bullet 2",
 * "Skills › Data Visualization › new keyword". `short` stops at the entry ("Work › Data Analyst, Freelance").
 * A pointer it cannot read is returned as it is.
 */
export function describePath(resume: Resume | null, pointer: string, short = false): string {
  let tokens: string[];
  try {
    tokens = parsePointer(pointer);
  } catch {
    return pointer;
  }
  const [section, second, third, fourth] = tokens;
  if (section === undefined) return "the whole resume";
  const sectionName = SECTIONS[section];
  if (sectionName === undefined) return pointer;
  if (section === "basics") {
    if (second === undefined) return "Basics";
    if (second === "summary") return "Summary";
    if (second === "label") return "Headline";
    if (second === "profiles" || second === "location") return second === "profiles" ? "Profiles" : "Location";
    const field = FIELDS[second] ?? second;
    return field.charAt(0).toUpperCase() + field.slice(1);
  }
  if (second === undefined || !/^\d+$/.test(second)) return sectionName;
  const doc = resume as unknown as JsonValue;
  const name = resume === null ? "" : entryName(getPointer(doc, `/${section}/${second}`));
  const parts = [sectionName, name !== "" ? name : `entry ${Number(second) + 1}`];
  if (!short && third !== undefined) {
    const field = FIELDS[third] ?? third;
    if (fourth === "-") parts.push(`new ${field}`);
    else if (fourth !== undefined && /^\d+$/.test(fourth)) parts.push(`${field} ${Number(fourth) + 1}`);
    else parts.push(LIST_FIELDS.has(third) ? `${field}s` : field);
  }
  return parts.join(" › ");
}

/** The places a keyword was found, in words, one per entry ("Summary, Work › Data Analyst, Freelance"). */
export function describePlaces(resume: Resume | null, pointers: readonly string[]): string[] {
  return [...new Set(pointers.map((p) => describePath(resume, p, true)))];
}

const ADD_KEYWORD = /^Add ['‘“"](.+?)['’”"] if it is true of your experience/;

/** "Add 'X' if it is true…" × N → one line naming them all; other recommendations kept as they are. */
export function groupRecommendations(list: readonly string[]): string[] {
  const keywords: string[] = [];
  const rest: string[] = [];
  for (const text of list) {
    const match = ADD_KEYWORD.exec(text);
    if (match !== null) keywords.push(match[1]!);
    else rest.push(text);
  }
  if (keywords.length <= 1) return [...list];
  return [
    ...rest,
    `Add these job keywords only where they are true of your experience, and say where you used each: ${keywords.join(", ")}.`,
  ];
}
