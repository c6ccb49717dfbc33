// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Does the kernel run a cgroup sock_release program for every socket?
 * sockwatch reports a UDP close from that hook alone (README, Known
 * limits). Nothing of sockwatch is here, so that a socket this misses is
 * the kernel's doing: connect4 notes each UDP socket connected to the
 * checker's port, sock_release crosses it off.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

#define IPPROTO_UDP 17

const volatile __u16 port_be = 0; /* the checker's UDP port, network order */
__u64 connected, released, unnoted; /* unnoted: the map refused it */

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 4096);
	__type(key, __u64);   /* the socket's address */
	__type(value, __u64); /* its number, in connect order */
} open_socks SEC(".maps");

/* A context's socket as a number: the verifier allows no cast of it. */
static __always_inline __u64 sock_key(const void *sk)
{
	__u64 v = 0;

	bpf_probe_read_kernel(&v, sizeof(v), &sk);
	return v;
}

SEC("cgroup/connect4")
int note_connect(struct bpf_sock_addr *ctx)
{
	__u64 key, seq;

	if (ctx->protocol != IPPROTO_UDP || ctx->user_port != port_be)
		return 1;
	key = sock_key(ctx->sk);
	seq = __sync_fetch_and_add(&connected, 1);
	if (bpf_map_update_elem(&open_socks, &key, &seq, BPF_ANY))
		__sync_fetch_and_add(&unnoted, 1);
	return 1;
}

SEC("cgroup/sock_release")
int note_release(struct bpf_sock *ctx)
{
	__u64 key = sock_key(ctx);

	if (!bpf_map_delete_elem(&open_socks, &key))
		__sync_fetch_and_add(&released, 1);
	return 1;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
