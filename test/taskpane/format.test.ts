import { Decimal, dec } from "../../src/budget/money";
import {
  MINUS,
  NBSP,
  formatAmountInput,
  formatNumber,
  formatTkr,
  parseAmountInput,
  readAmountField,
} from "../../src/taskpane/format";

describe("formatNumber (Swedish)", () => {
  it("groups thousands with a no-break space and uses no decimals by default", () => {
    expect(formatNumber(dec(48_900), "sv")).toBe(`48${NBSP}900`);
    expect(formatNumber(dec(1_215_046), "sv")).toBe(`1${NBSP}215${NBSP}046`);
    expect(formatNumber(dec(999), "sv")).toBe("999");
    expect(formatNumber(dec(0), "sv")).toBe("0");
  });

  it("writes negative numbers with the minus sign U+2212", () => {
    expect(formatNumber(dec(-1_900), "sv")).toBe(`${MINUS}1${NBSP}900`);
  });

  it("rounds half away from zero, as Excel's ROUND (not to even)", () => {
    expect(formatNumber(dec("0.5"), "sv")).toBe("1");
    expect(formatNumber(dec("2.5"), "sv")).toBe("3");
    expect(formatNumber(dec("-2.5"), "sv")).toBe(`${MINUS}3`);
    expect(formatNumber(dec("583.333333"), "sv")).toBe("583");
    expect(formatNumber(dec("1234.45"), "sv", 1)).toBe(`1${NBSP}234,5`);
  });

  it("shows a value that rounds to zero without a sign", () => {
    expect(formatNumber(dec("-0.4"), "sv")).toBe("0");
    expect(formatNumber(new Decimal("-0"), "sv")).toBe("0");
  });

  it("keeps trailing zeros of the decimals asked for", () => {
    expect(formatNumber(dec(13), "sv", 1)).toBe("13,0");
  });
});

describe("formatTkr", () => {
  it("formats tkr as on the committee's tables", () => {
    expect(formatTkr(dec(48_900), "sv")).toBe(`48${NBSP}900${NBSP}tkr`);
    expect(formatTkr(dec(-1_900), "sv")).toBe(`${MINUS}1${NBSP}900${NBSP}tkr`);
  });
});

describe("English formatting", () => {
  it("uses a comma between thousands, a decimal point and a hyphen-minus", () => {
    expect(formatNumber(dec(1_215_046), "en")).toBe("1,215,046");
    expect(formatTkr(dec(-1_900), "en")).toBe(`-1,900${NBSP}tkr`);
  });
});

describe("formatAmountInput", () => {
  it("shows the exact value, grouped, never rounded", () => {
    expect(formatAmountInput(dec("583.333333"), "sv")).toBe(`583,333333`);
    expect(formatAmountInput(dec(14_000), "sv")).toBe(`14${NBSP}000`);
    expect(formatAmountInput(dec("-1234.5"), "en")).toBe("-1,234.5");
    expect(formatAmountInput(null, "sv")).toBe("");
  });

  it("gives text that parses back to the same value", () => {
    for (const v of ["0", "14000", "-1900", "583.333333", "1215046", "0.001", "123456789.125"]) {
      for (const lang of ["sv", "en"] as const) {
        const parsed = parseAmountInput(formatAmountInput(dec(v), lang), lang);
        expect(parsed.ok && parsed.value?.eq(v)).toBe(true);
      }
    }
  });
});

describe("parseAmountInput", () => {
  const value = (text: string, lang: "sv" | "en" = "sv") => {
    const p = parseAmountInput(text, lang);
    return p.ok ? (p.value === null ? null : p.value.toString()) : "invalid";
  };

  it("reads what a Swedish economist types", () => {
    expect(value("14000")).toBe("14000");
    expect(value("14 000")).toBe("14000");
    expect(value(`14${NBSP}000`)).toBe("14000");
    expect(value("583,5")).toBe("583.5");
    expect(value("583.5")).toBe("583.5");
    expect(value("−1 900")).toBe("-1900");
    expect(value("-1900")).toBe("-1900");
    expect(value("–1900")).toBe("-1900");
    expect(value("+5")).toBe("5");
  });

  it("reads an empty field as blank", () => {
    expect(value("")).toBeNull();
    expect(value("   ")).toBeNull();
  });

  it("refuses what is not a number", () => {
    expect(value("fjorton")).toBe("invalid");
    expect(value("14 tkr")).toBe("invalid");
    expect(value("1,5,5")).toBe("invalid");
    expect(value("1.000,5")).toBe("invalid");
    expect(value("1e5")).toBe("invalid");
    expect(value("-")).toBe("invalid");
  });

  it("reads English grouping and refuses misplaced commas", () => {
    expect(value("14,000", "en")).toBe("14000");
    expect(value("1,215,046.5", "en")).toBe("1215046.5");
    expect(value("583.5", "en")).toBe("583.5");
    expect(value("583,5", "en")).toBe("invalid");
  });
});

describe("ambiguous and too fine amounts (issue 9, item 7)", () => {
  const readings = (text: string) => {
    const p = parseAmountInput(text, "sv");
    return !p.ok && p.reason === "ambiguous" ? p.readings.map((r) => r.toString()) : p;
  };

  it("asks when a Swedish point is followed by exactly three digits", () => {
    expect(readings("1.500")).toEqual(["1500", "1.5"]);
    expect(readings("12.000")).toEqual(["12000", "12"]);
    expect(readings("−1.500")).toEqual(["-1500", "-1.5"]);
    // A comma after the point, or a second point: the point cannot be the decimal sign.
    expect(readings("1.500,5")).toEqual(["1500.5"]);
    expect(readings("1.500.000")).toEqual(["1500000"]);
  });

  it("reads a point that cannot be a thousands separator as the decimal point", () => {
    expect(value("583.5")).toBe("583.5");
    expect(value("0.500")).toBe("0.5");
    expect(value("1.5000")).toBe("1.5");
    expect(value("1500.500")).toBe("1500.5");
    // In English the point is the decimal point.
    expect(value("1.500", "en")).toBe("1.5");
  });

  it("keeps the unambiguous Swedish forms", () => {
    expect(value("1 500")).toBe("1500");
    expect(value("1500")).toBe("1500");
    expect(value("1,5")).toBe("1.5");
    expect(value("−2 000")).toBe("-2000");
    expect(value("1 500,25")).toBe("1500.25");
  });

  it("refuses a typed amount finer than one krona, but keeps an untouched one", () => {
    const read = (text: string, original?: string) => {
      const p = readAmountField(text, "sv", original === undefined ? undefined : dec(original));
      return p.ok ? (p.value?.toString() ?? null) : p.reason;
    };
    expect(read("0,0005")).toBe("tooFine");
    expect(read("1 500,0001")).toBe("tooFine");
    expect(read("0,001")).toBe("0.001");
    expect(read("1,2340")).toBe("1.234");
    expect(read("")).toBeNull();
    expect(read("583,333333", "583.333333")).toBe("583.333333");
    expect(read("583,333334", "583.333333")).toBe("tooFine");
  });
});

function value(text: string, lang: "sv" | "en" = "sv") {
  const p = parseAmountInput(text, lang);
  return p.ok ? (p.value === null ? null : p.value.toString()) : "invalid";
}
