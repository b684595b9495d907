import { describe, expect, it } from "vitest";

import {
  describePath,
  describePlaces,
  fixTypeLabel,
  groupRecommendations,
  stepLabel,
} from "../src/ui/labels";
import type { Resume } from "../src/types";

const resume: Resume = {
  basics: { name: "Daniel Reyes", summary: "Analyst" },
  work: [
    { name: "Freelance", position: "Data Analyst" },
    { name: "Salt & Cedar", position: "General Manager", highlights: ["a", "b"] },
    { highlights: ["untitled"] },
  ],
  education: [{ institution: "Austin Community College" }],
  skills: [{ name: "Data Visualization", keywords: ["Tableau"] }],
};

describe("describePath", () => {
  it("names sections, entries and fields as a reader knows them", () => {
    expect(describePath(resume, "/basics/summary")).toBe("Summary");
    expect(describePath(resume, "/basics/label")).toBe("Headline");
    expect(describePath(resume, "/work/1/highlights/1")).toBe("Work › General Manager, Salt & Cedar › bullet 2");
    expect(describePath(resume, "/work/0/startDate")).toBe("Work › Data Analyst, Freelance › start date");
    expect(describePath(resume, "/skills/0/keywords/-")).toBe("Skills › Data Visualization › new keyword");
    expect(describePath(resume, "/education/0/courses/0")).toBe("Education › Austin Community College › course 1");
  });

  it("falls back to the entry's number, and to the pointer it cannot read", () => {
    expect(describePath(resume, "/work/2/highlights/0")).toBe("Work › entry 3 › bullet 1");
    expect(describePath(null, "/work/0/summary")).toBe("Work › entry 1 › summary");
    expect(describePath(resume, "/meta/version")).toBe("/meta/version");
    expect(describePath(resume, "not a pointer")).toBe("not a pointer");
    expect(describePath(resume, "")).toBe("the whole resume");
  });

  it("lists each place once, at entry level, for keyword matches", () => {
    expect(describePlaces(resume, ["/basics/summary", "/work/0/highlights/1", "/work/0/position", "/skills/0/keywords/0"])).toEqual([
      "Summary",
      "Work › Data Analyst, Freelance",
      "Skills › Data Visualization",
    ]);
  });
});

describe("labels", () => {
  it("turns fix types and timing steps into words", () => {
    expect(fixTypeLabel("action_verbs")).toBe("Action verb");
    expect(fixTypeLabel("new_kind")).toBe("New kind");
    expect(stepLabel("apply:1:spelling+action_verbs+keywords")).toBe("Stage 1 fixes: spelling, action verb, keyword wording");
    expect(stepLabel("merge:2")).toBe("Stage 2: checking and applying");
    expect(stepLabel("analyze_after")).toBe("Analysis after the fixes");
    expect(stepLabel("something_else")).toBe("something else");
  });
});

describe("grouping", () => {
  it("gathers 'add X if true' recommendations into one line and keeps the rest", () => {
    const list = [
      "Add 'ECS' if it is true of your experience (say where you used it)",
      "Quantify more bullets",
      "Add “Senior Backend Engineer” if it is true of your experience.",
    ];
    expect(groupRecommendations(list)).toEqual([
      "Quantify more bullets",
      "Add these job keywords only where they are true of your experience, and say where you used each: ECS, Senior Backend Engineer.",
    ]);
    expect(groupRecommendations([list[0]!])).toEqual([list[0]]);
  });
});
