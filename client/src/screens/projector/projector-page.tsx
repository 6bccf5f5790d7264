// Being written (issue 5): replaced by the screen itself.
export default function ProjectorPage({ exerciseId }: { exerciseId: string }) {
  return <main id="content">{exerciseId}</main>;
}
