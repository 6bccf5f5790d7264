// Being written (issue 6): replaced by the replay itself.
export default function ReplayPage({ exerciseId }: { exerciseId: string }) {
  return <main id="content">{exerciseId}</main>;
}
