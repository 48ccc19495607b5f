using IndustryPlatform.Cockpit.Reporting;

namespace IndustryPlatform.Cockpit.Tests;

public sealed class CsvSubmissionTests
{
    [Fact]
    public void A_csv_file_is_read_row_by_row_and_a_value_that_is_not_a_number_is_named_by_its_rule()
    {
        var reading = CsvSubmission.Read("\uFEFFindicator_code,region_code,period,basis,value,unit\r\nindustrial-value-added,wuxing,2024-11,cumulative,\"1,200.5\",亿元\r\n\r\nindustrial-value-added,wuxing,2024-10,cumulative,abc,亿元\r\n");

        Assert.Null(reading.HeaderRule);
        Assert.Equal([2, 4], reading.Rows.Select(r => r.Line));
        Assert.Null(reading.Rows[0].LocalRule);
        Assert.Equal("1200.5", reading.Rows[0].Value);
        Assert.Equal("value.required", reading.Rows[1].LocalRule);
    }

    [Fact]
    public void Cells_pasted_from_a_spreadsheet_are_tab_separated()
    {
        var reading = CsvSubmission.Read("indicator_code\tregion_code\tperiod\tbasis\tvalue\tunit\tconfirmed\nburden-reduction\tanji\t2024-12\tcumulative\t12.5\t亿元\ttrue");

        var row = Assert.Single(reading.Rows);
        Assert.Equal(("burden-reduction", "anji", "12.5", true), (row.Indicator, row.Region, row.Value, row.Confirmed));
    }

    [Fact]
    public void A_wrong_first_line_is_the_api_rule_csv_header()
    {
        Assert.Equal("csv.header", CsvSubmission.Read("code,value\nx,1").HeaderRule);
        Assert.Empty(CsvSubmission.Read("   \n").Rows);
    }

    [Fact]
    public void Rows_go_out_in_batches_each_with_the_header()
    {
        var rows = Enumerable.Range(1, 1201).Select(i => new CsvSubmission.Row(i, "x", "wuxing", "2024-01", "monthly", "1", "亿元", false)).ToList();

        var batches = CsvSubmission.Batches(rows).ToList();

        Assert.Equal([0, 500, 1000], batches.Select(b => b.Offset));
        Assert.All(batches, b => Assert.StartsWith("indicator_code,region_code,period,basis,value,unit,confirmed\n", b.Csv));
        Assert.Equal(202, batches[2].Csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
