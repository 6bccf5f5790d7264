// Being written (issue 6): replaced by the report itself.
export default function ReportPage({ exerciseId }: { exerciseId: string }) {
  return <main id="content">{exerciseId}</main>;
}
